import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readActiveTab } from '../src/pages/read-tab.ts';

const EPSON_HEAD = '<meta name="Author" content="SEIKO EPSON"><title>WF-C5790 Series</title>';
const frameset = `<html><head>${EPSON_HEAD}</head><frameset cols="240,*"><frame name="menu"><frame name="contents"></frameset></html>`;
const menu = `<html><head>${EPSON_HEAD}</head><body class="menu"><ul><li><a href="/PRESENTATION/ADVANCED/INFO_PRTINFO/TOP">Product Status</a></li></ul></body></html>`;
const network = `<html><head>${EPSON_HEAD}</head><body class="contents"><div class="wrap"><div class="header-main">Status&nbsp;&gt;&nbsp;Network Status</div>
  <div class="section"><dl class="values"><dt class="key"><span class="key">IP Address&nbsp;:</span></dt><dd class="value"><div class="preserve-white-space">192.168.1.20</div></dd></dl>
  <dl class="values"><dt class="key"><span class="key">Subnet Mask&nbsp;:</span></dt><dd class="value"><div class="preserve-white-space">255.255.255.0</div></dd></dl>
  <dl class="values"><dt class="key"><span class="key">MAC Address&nbsp;:</span></dt><dd class="value"><div class="preserve-white-space">64:EB:8C:01:02:03</div></dd></dl></div></div></body></html>`;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the popup reads the active tab (activeTab + scripting)', () => {
  it('picks the content frame over the frameset and the menu', async () => {
    fakeBrowser.tabs.query = vi.fn(async () => [
      { id: 7, url: 'http://192.168.1.20/PRESENTATION/ADVANCED/COMMON/TOP' },
    ]) as never;
    const executeScript = vi.fn(async () => [
      { frameId: 0, result: { html: frameset, url: 'http://192.168.1.20/PRESENTATION/ADVANCED/COMMON/TOP' } },
      { frameId: 1, result: { html: menu, url: 'http://192.168.1.20/PRESENTATION/ADVANCED/COMMON/MENU' } },
      {
        frameId: 2,
        result: { html: network, url: 'http://192.168.1.20/PRESENTATION/ADVANCED/INFO_NWINFO/TOP' },
      },
    ]);
    fakeBrowser.scripting.executeScript = executeScript as never;
    const reading = await readActiveTab();
    expect(executeScript).toHaveBeenCalledWith(
      expect.objectContaining({ target: { tabId: 7, allFrames: true } }),
    );
    expect(reading).toMatchObject({
      tabId: 7,
      origin: 'http://192.168.1.20',
      model: { page: 'network-status' },
    });
  });

  it('reads nothing on browser pages', async () => {
    fakeBrowser.tabs.query = vi.fn(async () => [{ id: 1, url: 'chrome://extensions/' }]) as never;
    fakeBrowser.scripting.executeScript = vi.fn() as never;
    expect(await readActiveTab()).toBeNull();
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });
});
