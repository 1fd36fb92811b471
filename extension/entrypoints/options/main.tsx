import { render } from 'preact';
import { Options } from '../../src/pages/options.tsx';
import '../../src/pages/page.css';

render(<Options />, document.getElementById('app')!);
