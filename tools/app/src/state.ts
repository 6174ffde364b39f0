// The whole screen state lives in the URL query, so a reload or a sent link restores the same screen. The language
// also sticks in localStorage for the next visit without a link.
import type { Lang } from "./i18n";

export type View = "find" | "routes" | "explore" | "card" | "print";
export type Optimize = "STEPS" | "LEARNING";

export interface State {
  lang: Lang;
  view: View;
  q: string;
  from: string | null;
  to: string | null;
  k: number;
  inferred: boolean;
  optimize: Optimize;
  /** Selected step as "route.step" (0-based). */
  step: string | null;
  /** Profession shown on the card view. */
  card: string | null;
  /** Gap items the client already has, by item key. */
  has: string[];
  /** Route printed by the print view (0-based). */
  route: number;
}

const views: View[] = ["find", "routes", "explore", "card", "print"];
const storedLang = (): Lang | null => {
  try { const v = localStorage.getItem("careergraph.lang"); return v === "kk" || v === "ru" ? v : null; } catch { return null; }
};

export function parse(search: string): State {
  const p = new URLSearchParams(search);
  const lang = p.get("lang");
  const view = p.get("view") as View;
  const k = Number(p.get("k"));
  return {
    lang: lang === "kk" || lang === "ru" ? lang : storedLang() ?? "kk",
    view: views.includes(view) ? view : "find",
    q: p.get("q") ?? "",
    from: p.get("from"),
    to: p.get("to"),
    k: k >= 1 && k <= 5 ? Math.floor(k) : 3,
    inferred: p.get("inferred") !== "0",
    optimize: p.get("optimize") === "LEARNING" ? "LEARNING" : "STEPS",
    step: /^\d+\.\d+$/.test(p.get("step") ?? "") ? p.get("step") : null,
    card: p.get("card"),
    has: (p.get("has") ?? "").split(",").filter(Boolean),
    route: Math.max(0, Number(p.get("route")) || 0),
  };
}

export function serialize(s: State): string {
  const p = new URLSearchParams();
  p.set("lang", s.lang);
  p.set("view", s.view);
  if (s.q) p.set("q", s.q);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.k !== 3) p.set("k", String(s.k));
  if (!s.inferred) p.set("inferred", "0");
  if (s.optimize !== "STEPS") p.set("optimize", s.optimize);
  if (s.step) p.set("step", s.step);
  if (s.card) p.set("card", s.card);
  if (s.has.length) p.set("has", s.has.join(","));
  if (s.route) p.set("route", String(s.route));
  return "?" + p.toString();
}

export function rememberLang(lang: Lang) {
  try { localStorage.setItem("careergraph.lang", lang); } catch { /* private mode: the URL still carries it */ }
}

/** A short stable key of a requirement item (kind + text) for the checklist in the URL. */
export function itemKey(kind: string, text: string): string {
  let h = 2166136261;
  for (const c of kind + "|" + text) h = Math.imul(h ^ c.codePointAt(0)!, 16777619);
  return (h >>> 0).toString(36);
}
