// The app talks only to the public GraphQL endpoint, with the same queries any employment-centre app could send.
// Each query asks only for what its screen shows, so it stays well inside the server's cost budget.
import type { Lang } from "./i18n";

export class ApiError extends Error {}

export async function gql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  const body = await response.json().catch(() => null);
  if (body?.errors?.length) throw new ApiError(body.errors.map((e: { message: string }) => e.message).join(" "));
  if (!response.ok || !body?.data) throw new ApiError(`HTTP ${response.status}`);
  return body.data as T;
}

export const L = (lang: Lang) => (lang === "kk" ? "KK" : "RU");

export interface Brief { id: string; title: string; level: number; external: boolean; occupationCode: string | null; standard: { code: string | null; title: string } | null }

const brief = "id title level external occupationCode standard { code title }";

export const searchQuery = `query Search($q: String!, $lang: Lang) {
  professions(search: $q, lang: $lang, first: 10) { nodes { ${brief} } }
}`;

export const briefQuery = `query Brief($id: ID!, $lang: Lang) { profession(id: $id, lang: $lang) { ${brief} } }`;

export interface Evidence {
  kind: string; standard: { code: string | null; title: string } | null; card: string | null; document: string;
  line: number; quote: string; printedLevel: number | null; code: string | null; score: number | null;
}
export interface Step {
  from: { id: string; title: string; level: number }; to: { id: string; title: string; level: number };
  kind: string; inferred: boolean; confidence: number; newSkills: number; evidenceItems: Evidence[];
}
export interface Route { length: number; levelGain: number; newSkills: number; confidence: number; steps: Step[] }

export const routesQuery = `query Routes($from: ID!, $to: ID!, $k: Int!, $inferred: Boolean!, $optimize: PathCost!, $lang: Lang) {
  careerPaths(from: {id: $from}, to: {id: $to}, first: $k, inferred: $inferred, optimize: $optimize, lang: $lang) {
    length levelGain newSkills confidence
    steps {
      from { id title level } to { id title level } kind inferred confidence newSkills
      evidenceItems { kind standard { code title } card document line quote printedLevel code score }
    }
  }
}`;

export interface GapItem { kind: string; text: string }
export interface Gap { coverage: number; missing: GapItem[]; partial: GapItem[] }

export const gapQuery = `query Gap($from: ID!, $to: ID!, $lang: Lang) {
  skillGap(from: $from, to: $to, lang: $lang) { coverage missing { kind text } partial { kind text } }
}`;

export interface Move { from: Brief; to: Brief; kind: string; group: string; transferability: number }

export const exploreQuery = `query Explore($id: ID!, $lang: Lang) {
  profession(id: $id, lang: $lang) { ${brief} }
  nextSteps(from: {id: $id}, first: 20, lang: $lang) { from { ${brief} } to { ${brief} } kind group transferability }
  feeders(to: {id: $id}, first: 20, lang: $lang) { from { ${brief} } to { ${brief} } kind group transferability }
}`;

export interface LaborFunction { kind: string; number: number; title: string; skills: { number: number; title: string; abilities: string[]; knowledge: string[] }[] }
export interface CardSide { purpose: string | null; education: string | null; experience: string | null; laborFunctions: LaborFunction[] }
export interface CardData {
  id: string; titleKk: string | null; titleRu: string | null; level: number; external: boolean;
  occupationCode: string | null; groupCode: string | null; otherNames: string[];
  standard: { code: string | null; titleKk: string | null; titleRu: string | null; version: string | null; approval: string | null } | null;
  kk: CardSide; ru: CardSide;
}

const side = (l: string) =>
  `purpose(lang: ${l}) education(lang: ${l}) experience(lang: ${l})
   laborFunctions(lang: ${l}) { kind number title skills { number title abilities knowledge } }`;

export const cardQuery = `query Card($id: ID!) {
  profession(id: $id) {
    id titleKk titleRu level external occupationCode groupCode otherNames
    standard { code titleKk titleRu version approval }
  }
  kk: profession(id: $id, lang: KK) { ${side("KK")} }
  ru: profession(id: $id, lang: RU) { ${side("RU")} }
}`;

export interface PrintStep extends Step { gap: { missing: GapItem[] } }

export const printQuery = `query Print($from: ID!, $to: ID!, $k: Int!, $inferred: Boolean!, $optimize: PathCost!, $lang: Lang) {
  careerPaths(from: {id: $from}, to: {id: $to}, first: $k, inferred: $inferred, optimize: $optimize, lang: $lang) {
    length levelGain newSkills
    steps {
      from { id title level } to { id title level } kind inferred confidence newSkills
      evidenceItems { kind standard { code title } card document line quote printedLevel code score }
      gap { missing { kind text } }
    }
  }
}`;
