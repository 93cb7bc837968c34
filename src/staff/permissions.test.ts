import { describe, expect, it } from 'vitest';
import { hasPermission, permissions, roles } from './permissions.ts';

describe('staff permissions (E9)', () => {
  it('E9: denies by default: no roles, unknown roles and empty role lists grant nothing', () => {
    for (const permission of permissions) {
      expect(hasPermission([], permission)).toBe(false);
      expect(hasPermission(['superuser', 'admin', '__proto__', 'toString'], permission)).toBe(false);
    }
  });

  it('E9: grants exactly what a role lists', () => {
    expect(hasPermission(['analyst'], 'results.read_free_text')).toBe(true);
    expect(hasPermission(['analyst'], 'draws.run')).toBe(false);
    expect(hasPermission(['researcher', 'analyst'], 'results.read_free_text')).toBe(true);
    expect(hasPermission(['organisation_admin'], 'contact_details.read')).toBe(false);
  });

  it('E9: every role grants only known permissions', () => {
    for (const granted of Object.values(roles)) {
      for (const permission of granted) expect(permissions).toContain(permission);
    }
  });
});
