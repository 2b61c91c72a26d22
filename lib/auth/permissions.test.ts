import { describe, expect, it } from "vitest";
import { can, permissionsOfRole, PERMISSIONS, ROLES } from "./permissions";

describe("habilitations", () => {
  const viewer = { companies: [{ companyId: "c1", permissions: ["invoices.view", "made.up"] }] };

  it("allows a held permission in its company only", () => {
    expect(can(viewer, "invoices.view", "c1")).toBe(true);
    expect(can(viewer, "invoices.view", "c2")).toBe(false);
  });

  it("denies what is not held and what does not exist", () => {
    expect(can(viewer, "orders.view", "c1")).toBe(false);
    expect(can(viewer, "made.up" as never, "c1")).toBe(false);
    expect(permissionsOfRole("superuser")).toEqual([]);
  });

  it("bundles only known permissions in roles, and the manager role holds them all", () => {
    for (const role of Object.values(ROLES))
      for (const p of role.permissions) expect(PERMISSIONS).toHaveProperty(p);
    expect([...ROLES.manager.permissions].sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });
});
