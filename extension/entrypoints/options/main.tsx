import { render } from 'preact';
import { Options } from '../../src/pages/options.tsx';
import '../../src/pages/page.css';
import '../../src/pages/printers/printers.css';

render(<Options />, document.body);
