import { render } from 'preact';
import { send } from '../../src/messages.ts';
import { SheetPage } from '../../src/pages/printers/sheet-page.tsx';
import { readSheetTarget } from '../../src/printers/sheet-url.ts';
import { langItem } from '../../src/settings.ts';
import { uiLang } from '../../src/ui/lang.ts';
import '../../src/pages/page.css';
import '../../src/pages/printers/printers.css';

langItem.getValue().then((setting) => {
  const lang = uiLang(setting);
  document.documentElement.lang = lang;
  render(
    <SheetPage
      lang={lang}
      target={readSheetTarget(location.search)}
      printers={() => send({ type: 'printers' })}
      sheet={(printer, l) => send({ type: 'sheet', printer, lang: l })}
    />,
    document.body,
  );
});
