import { act, createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Button } from "@/components/ui/button";

/**
 * A button clicked before React hydrates it runs no onClick, and a react-hook-form
 * form submitted then goes natively, a GET with its fields (a password) in the URL.
 * So <Button> is disabled in the server's HTML and enabled once React runs it.
 *
 * The client half hydrates the server's HTML with react-dom/client. This project has
 * no jsdom (no new packages), so below is the smallest document react-dom needs to
 * hydrate one button and update its attributes: a tree of nodes with attributes,
 * no events, no layout. If a React upgrade needs more, add it here.
 */

class FakeNode {
  childNodes: FakeNode[] = [];
  parentNode: FakeNode | null = null;
  constructor(
    readonly ownerDocument: FakeDocument | null,
    readonly nodeType: number,
    readonly nodeName: string,
  ) {}
  get firstChild(): FakeNode | null {
    return this.childNodes[0] ?? null;
  }
  get nextSibling(): FakeNode | null {
    const siblings = this.parentNode?.childNodes ?? [];
    return siblings[siblings.indexOf(this) + 1] ?? null;
  }
  get textContent(): string {
    return this.childNodes.map((child) => child.textContent).join("");
  }
  appendChild<T extends FakeNode>(child: T): T {
    child.parentNode = this;
    this.childNodes.push(child);
    return child;
  }
  removeChild<T extends FakeNode>(child: T): T {
    this.childNodes.splice(this.childNodes.indexOf(child), 1);
    child.parentNode = null;
    return child;
  }
  // React listens at the root for every event; nothing is dispatched here.
  addEventListener() {}
  removeEventListener() {}
}

class FakeText extends FakeNode {
  constructor(
    ownerDocument: FakeDocument,
    public nodeValue: string,
  ) {
    super(ownerDocument, 3, "#text");
  }
  override get textContent() {
    return this.nodeValue;
  }
}

class FakeElement extends FakeNode {
  readonly namespaceURI = "http://www.w3.org/1999/xhtml";
  readonly attributeMap = new Map<string, string>();
  // react-dom probes a style for vendor-prefixed animation events when it loads.
  readonly style = {};
  constructor(ownerDocument: FakeDocument, tagName: string) {
    super(ownerDocument, 1, tagName.toUpperCase());
  }
  get tagName() {
    return this.nodeName;
  }
  get attributes() {
    return [...this.attributeMap].map(([name, value]) => ({ name, value }));
  }
  getAttribute(name: string) {
    return this.attributeMap.get(name) ?? null;
  }
  hasAttribute(name: string) {
    return this.attributeMap.has(name);
  }
  setAttribute(name: string, value: unknown) {
    this.attributeMap.set(name, String(value));
  }
  removeAttribute(name: string) {
    this.attributeMap.delete(name);
  }
}

class FakeDocument extends FakeNode {
  readonly body: FakeElement;
  readonly activeElement: FakeElement;
  readonly documentElement: FakeElement;
  readonly defaultView = {
    document: this,
    event: undefined,
    // Read by React's commit (focus restoration through iframes).
    HTMLIFrameElement: class {},
  };
  constructor() {
    super(null, 9, "#document");
    this.documentElement = this.createElement("html");
    this.body = this.documentElement.appendChild(this.createElement("body"));
    this.activeElement = this.body;
  }
  createElement(tagName: string) {
    return new FakeElement(this, tagName);
  }
  createTextNode(text: string) {
    return new FakeText(this, text);
  }
}

/** The server's HTML for one button, parsed into the fake document. */
function parseButton(document: FakeDocument, html: string): FakeElement {
  const match = html.match(/^<button([^>]*)>([^<]*)<\/button>$/);
  if (!match) throw new Error(`Not one button with text: ${html}`);
  const [, attributes = "", text = ""] = match;
  const button = document.createElement("button");
  for (const [, name = "", value = ""] of attributes.matchAll(/ ([\w-]+)="([^"]*)"/g)) {
    button.setAttribute(name, value);
  }
  button.appendChild(document.createTextNode(text));
  return button;
}

describe("Button before and after hydration", () => {
  const document = new FakeDocument();
  const globals = globalThis as Record<string, unknown>;
  const saved = {
    window: globals.window,
    document: globals.document,
    navigator: globals.navigator,
    act: globals.IS_REACT_ACT_ENVIRONMENT,
  };

  beforeAll(() => {
    globals.window = document.defaultView;
    globals.document = document;
    // Node 20 has no navigator; react-dom's development build reads its userAgent.
    globals.navigator ??= { userAgent: "node" };
    globals.IS_REACT_ACT_ENVIRONMENT = true;
  });
  afterAll(() => {
    globals.window = saved.window;
    globals.document = saved.document;
    globals.navigator = saved.navigator;
    globals.IS_REACT_ACT_ENVIRONMENT = saved.act;
  });

  it("is disabled in the server's HTML, without the disabled look", () => {
    const html = renderToString(h(Button, { type: "submit" }, "Se connecter"));
    expect(html).toContain(' disabled=""');
    expect(html).toContain(' data-hydrating="true"');
    expect(html).not.toContain("aria-busy");
  });

  it("is enabled once React has hydrated it, with no hydration error", async () => {
    const element = h(Button, { type: "submit" }, "Se connecter");
    const container = document.body.appendChild(document.createElement("div"));
    const button = container.appendChild(parseButton(document, renderToString(element)));
    expect(button.hasAttribute("disabled")).toBe(true);

    const { hydrateRoot } = await import("react-dom/client");
    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container as unknown as Element, element, { onRecoverableError: recoverable });
    });
    consoleError.mockRestore();

    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalled();
    // The same node, hydrated rather than replaced, and now enabled.
    expect(container.firstChild).toBe(button);
    expect(button.hasAttribute("disabled")).toBe(false);
    expect(button.hasAttribute("data-hydrating")).toBe(false);
    expect(button.getAttribute("type")).toBe("submit");
  });

  it("looks disabled from the start when it is disabled for a reason (told, pending)", () => {
    const element = h("div", null, [
      h(Button, { key: "d", disabled: true }, "Envoyer"),
      h(Button, { key: "p", pending: true }, "Envoyer"),
    ]);
    const html = renderToString(element);
    expect(html).not.toContain(" data-hydrating=");
    expect(html.match(/ disabled=""/g)).toHaveLength(2);
  });

  it("is enabled at once for a form that works without JavaScript", () => {
    const html = renderToString(h(Button, { type: "submit", native: true }, "Rechercher"));
    expect(html).not.toContain(" disabled=");
    expect(html).not.toContain(" data-hydrating=");
  });
});
