import { render } from 'preact';
import { Popup } from '../../src/pages/popup.tsx';
import '../../src/pages/page.css';

render(<Popup />, document.body);
