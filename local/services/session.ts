/** Session and ScriptApp: a local user, the workbook's time zone and locale, and the AuthMode enum. */
import { Exposed } from '../instrument';

export const AUTH_MODES = { NONE: 'NONE', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION', LIMITED: 'LIMITED', FULL: 'FULL' } as const;

export class LocalUser extends Exposed implements Pick<GoogleAppsScript.Base.User, 'getEmail'> {
  readonly gasClass = 'User';
  constructor(private readonly email: string) {
    super();
  }
  getEmail(): string { return this.email; }
}

export class LocalSession extends Exposed implements Pick<GoogleAppsScript.Base.Session, 'getActiveUser' | 'getEffectiveUser' | 'getScriptTimeZone' | 'getActiveUserLocale' | 'getTemporaryActiveUserKey'> {
  readonly gasClass = 'Session';
  constructor(private readonly settings: { email: string; timeZone: string; locale: string }) {
    super();
  }
  getActiveUser(): GoogleAppsScript.Base.User { return new LocalUser(this.settings.email) as unknown as GoogleAppsScript.Base.User; }
  getEffectiveUser(): GoogleAppsScript.Base.User { return new LocalUser(this.settings.email) as unknown as GoogleAppsScript.Base.User; }
  getScriptTimeZone(): string { return this.settings.timeZone; }
  getActiveUserLocale(): string { return this.settings.locale; }
  getTemporaryActiveUserKey(): string { return 'local-user'; }
}

export class LocalScriptApp extends Exposed {
  readonly gasClass = 'ScriptApp';
  readonly AuthMode = AUTH_MODES as unknown as typeof GoogleAppsScript.Script.AuthMode;
}
