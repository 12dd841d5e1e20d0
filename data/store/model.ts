/** What app.info returns: the open dataset and the app. Plain data; the renderer imports this type. */

export interface AppInfo {
  appName: string;
  appVersion: string;
  storePath: string;
  /** Schema version of the open store (PRAGMA user_version). */
  schemaVersion: number;
  readOnly: boolean;
  /** Why it is read-only (another window has it, the file cannot be written...). */
  readOnlyReason: string | null;
  /** Set when opening upgraded the file from an older version: which, and where the old copy was kept. */
  upgradedFrom: { version: number; backupPath: string } | null;
  practiceCount: number;
  scoreCount: number;
  sqliteVersion: string;
}
