import { DOMParser, parseHTML } from "linkedom";

/**
 * The part of the DOM that ingest reads. linkedom's own typings lean on the browser's DOM lib, which this
 * Node project does not load, so its documents are seen through these small structural types instead.
 */
export type DomNode = {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: Iterable<DomNode>;
};

export type DomElement = DomNode & {
  readonly tagName: string;
  readonly localName: string;
  readonly children: Iterable<DomElement>;
  readonly parentElement: DomElement | null;
  readonly outerHTML: string;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  closest(selector: string): DomElement | null;
  remove(): void;
};

export type DomDocument = {
  readonly documentElement: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
};

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * An HTML document. why: linkedom does not invent the `<html>` element a browser would, so a page that
 * leaves it out (or a bare fragment) is wrapped first; otherwise its first tag becomes the root.
 */
export function parseHtmlDocument(html: string): DomDocument {
  const complete = /<html[\s>]/i.test(html) ? html : `<html>${html.replace(/^\s*<!doctype[^>]*>/i, "")}</html>`;
  return parseHTML(complete).document as DomDocument;
}

/** An XML document (feeds). linkedom's XML mode does not fetch DTDs or expand custom entities. */
export function parseXmlDocument(xml: string): DomDocument {
  return new DOMParser().parseFromString(xml, "text/xml") as unknown as DomDocument;
}

/** The tag name lower-cased, namespace prefix kept ("dc:date"): linkedom upper-cases HTML tags and keeps XML ones as written. */
export function tagOf(element: DomElement): string {
  return element.tagName.toLowerCase();
}
