/** The application menu. Actions are the main process's; this module only lays them out. */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';

export interface MenuActions {
  newDataset(): void;
  openDataset(): void;
  openRecent(path: string): void;
  saveAs(): void;
  /** Shows the merge screen, where the user picks a partner's file. */
  mergeDataset(): void;
  /** Opens the report pack's dialog (a Word document of chosen tables, charts and case studies). */
  reportPack(): void;
  undo(): void;
  redo(): void;
  about(): void;
}

export function buildMenu(actions: MenuActions, recent: string[], developer: boolean): void {
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'New Dataset…', accelerator: 'CmdOrCtrl+N', click: actions.newDataset },
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: actions.openDataset },
        {
          label: 'Open Recent',
          enabled: recent.length > 0,
          submenu: recent.length > 0 ? recent.map((path) => ({ label: `${basename(path)} — ${path}`, click: () => actions.openRecent(path) })) : [{ label: 'None', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Save As…', accelerator: 'CmdOrCtrl+Shift+S', click: actions.saveAs },
        { label: 'Merge a Partner’s Dataset…', accelerator: 'CmdOrCtrl+Shift+M', click: actions.mergeDataset },
        { label: 'Export Report Pack (Word)…', click: actions.reportPack },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        // Undo and redo act on the text being typed, or else on the dataset's history.
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: actions.undo },
        { label: 'Redo', accelerator: process.platform === 'darwin' ? 'Cmd+Shift+Z' : 'Ctrl+Shift+Z', click: actions.redo },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { role: 'toggleDevTools', visible: developer },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'help', submenu: [{ label: 'About AutoCredify Mapper', click: actions.about }] },
  ];
  if (process.platform === 'darwin') template.unshift({ role: 'appMenu' });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
