import { render } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { t as tr, type Key, type Lang } from "./i18n";
import { parse, serialize, rememberLang, itemKey, type State } from "./state";
import * as api from "./api";
import { layout, wrap, NODE_W, NODE_H, AXIS_W } from "./layout";

type Update = (patch: Partial<State>, push?: boolean) => void;

/** Runs a query whenever its variables change; stale answers are aborted. */
function useQuery<T>(query: string | null, variables: Record<string, unknown>) {
  const [result, setResult] = useState<{ data?: T; error?: string; loading: boolean }>({ loading: !!query });
  const key = query ? query + JSON.stringify(variables) : "";
  useEffect(() => {
    if (!query) { setResult({ loading: false }); return; }
    const abort = new AbortController();
    setResult(r => ({ data: r.data, loading: true }));
    api.gql<T>(query, variables, abort.signal)
      .then(data => setResult({ data, loading: false }))
      .catch(e => {
        if (abort.signal.aborted) return;
        // The server's messages are English; the screen shows the localised message only, the detail goes to the console.
        console.warn(e);
        setResult({ error: String(e.message ?? e), loading: false });
      });
    return () => abort.abort();
  }, [key]);
  return result;
}

function App() {
  const [state, setState] = useState<State>(() => parse(location.search));
  const update: Update = (patch, push = false) => {
    setState(s => {
      const next = { ...s, ...patch };
      const url = serialize(next);
      if (url !== location.search) (push ? history.pushState : history.replaceState).call(history, null, "", url);
      return next;
    });
  };
  useEffect(() => {
    const onPop = () => setState(parse(location.search));
    addEventListener("popstate", onPop);
    return () => removeEventListener("popstate", onPop);
  }, []);
  const t = (k: Key) => tr(state.lang, k);
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${t(state.view === "find" ? "find" : state.view === "card" ? "card" : state.view)} — ${t("appTitle")}`;
    rememberLang(state.lang);
    history.replaceState(null, "", serialize(state));
  }, [state.lang, state.view]);
  const main = useRef<HTMLElement>(null);
  const go = (view: State["view"], patch: Partial<State> = {}) => {
    update({ ...patch, view }, true);
    requestAnimationFrame(() => main.current?.focus());
  };

  const views: [State["view"], Key][] = [["find", "find"], ["routes", "routes"], ["explore", "explore"], ["card", "card"], ["print", "print"]];
  return (
    <>
      <header class="top no-print">
        <div class="brand">
          <span class="name">{t("appTitle")}</span>
          <span class="sub">{t("appSubtitle")}</span>
        </div>
        <div class="langs" role="group" aria-label={t("language")}>
          {(["kk", "ru"] as Lang[]).map(l => (
            <button type="button" lang={l} aria-pressed={state.lang === l} onClick={() => update({ lang: l })}>
              {l === "kk" ? "Қазақша" : "Русский"}
            </button>
          ))}
        </div>
        <nav aria-label={t("nav")}>
          {views.map(([v, k]) => (
            <a href={serialize({ ...state, view: v })} aria-current={state.view === v ? "page" : undefined}
               onClick={e => { e.preventDefault(); go(v); }}>{t(k)}</a>
          ))}
        </nav>
      </header>
      <main ref={main} tabIndex={-1} id="main">
        {state.view === "find" && <FindView state={state} update={update} go={go} />}
        {state.view === "routes" && <RoutesView state={state} update={update} go={go} />}
        {state.view === "explore" && <ExploreView state={state} update={update} go={go} />}
        {state.view === "card" && <CardView state={state} update={update} go={go} />}
        {state.view === "print" && <PrintView state={state} update={update} go={go} />}
      </main>
    </>
  );
}

interface ViewProps { state: State; update: Update; go: (v: State["view"], patch?: Partial<State>) => void }

const short = (text: string, max = 48) => (text.length > max ? text.slice(0, max - 1).trimEnd() + "…" : text);

const Meta = ({ p, lang }: { p: api.Brief; lang: Lang }) => (
  <span class="meta">
    {tr(lang, "level")} {p.level}
    {p.standard && <> · {tr(lang, "standard")} {p.standard.code ?? short(p.standard.title)}</>}
    {p.occupationCode && <> · {tr(lang, "code")} {p.occupationCode}</>}
    {p.external && <> · {tr(lang, "external")}</>}
  </span>
);

function Chosen({ id, role, state, update }: { id: string | null; role: "from" | "to"; state: State; update: Update }) {
  const q = useQuery<{ profession: api.Brief | null }>(id ? api.briefQuery : null, { id, lang: api.L(state.lang) });
  const p = q.data?.profession;
  return (
    <div class="chosen" data-role={role}>
      <span class="label">{tr(state.lang, role)}:</span>{" "}
      {id && p ? <><strong>{p.title}</strong> <Meta p={p} lang={state.lang} />{" "}
        <button type="button" class="link" onClick={() => update({ [role]: null, step: null, has: [] }, true)}
                aria-label={`${tr(state.lang, "clear")}: ${tr(state.lang, role)}`}>{tr(state.lang, "clear")}</button></>
        : <em>{id ? tr(state.lang, "loading") : tr(state.lang, "notChosen")}</em>}
    </div>
  );
}

function FindView({ state, update, go }: ViewProps) {
  const t = (k: Key) => tr(state.lang, k);
  const [typed, setTyped] = useState(state.q);
  const [query, setQuery] = useState(state.q);
  useEffect(() => {
    const timer = setTimeout(() => { setQuery(typed); update({ q: typed }); }, 150);
    return () => clearTimeout(timer);
  }, [typed]);
  const q = useQuery<{ professions: { nodes: api.Brief[] } }>(query.trim().length >= 2 ? api.searchQuery : null,
    { q: query, lang: api.L(state.lang) });
  const results = q.data?.professions.nodes ?? [];
  return (
    <section aria-labelledby="find-h">
      <h1 id="find-h">{t("find")}</h1>
      <div class="field">
        <label for="search">{t("searchLabel")}</label>
        <input id="search" type="search" autocomplete="off" value={typed} aria-describedby="search-hint"
               aria-controls="results" onInput={e => setTyped((e.target as HTMLInputElement).value)} autoFocus />
        <p id="search-hint" class="hint">{t("searchHint")}</p>
      </div>
      <div id="results" role="region" aria-live="polite" aria-label={t("find")}>
        {q.loading && <p class="hint">{t("searching")}</p>}
        {q.error && <p class="error" role="alert">{t("error")}</p>}
        {!q.loading && query.trim().length >= 2 && results.length === 0 && !q.error && <p>{t("noResults")}</p>}
        <ul class="results">
          {results.map(p => (
            <li key={p.id}>
              <div><strong>{p.title}</strong><br /><Meta p={p} lang={state.lang} /></div>
              <div class="actions">
                <button type="button" onClick={() => update({ from: p.id, step: null, has: [] }, true)}
                        aria-label={`${t("setFrom")}: ${p.title}, ${t("level")} ${p.level}`}>{t("setFrom")}</button>
                <button type="button" onClick={() => update({ to: p.id, step: null, has: [] }, true)}
                        aria-label={`${t("setTo")}: ${p.title}, ${t("level")} ${p.level}`}>{t("setTo")}</button>
                <button type="button" class="secondary" onClick={() => go("card", { card: p.id })}
                        aria-label={`${t("openCard")}: ${p.title}`}>{t("openCard")}</button>
              </div>
            </li>
          ))}
        </ul>
      </div>
      <div class="choice">
        <Chosen id={state.from} role="from" state={state} update={update} />
        <Chosen id={state.to} role="to" state={state} update={update} />
        <div class="actions">
          <button type="button" disabled={!state.from || !state.to} onClick={() => go("routes", { step: null })}>{t("showRoutes")}</button>
          <button type="button" disabled={!state.from} onClick={() => go("explore")}>{t("showExplore")}</button>
        </div>
      </div>
    </section>
  );
}

const kindClass = (kind: string) => "k-" + kind.toLowerCase().replace(/_/g, "-");
const pct = (x: number) => `${Math.round(x * 100)}%`;

function Legend({ lang }: { lang: Lang }) {
  return (
    <div class="legend" aria-label={tr(lang, "legend")} role="group">
      {["PRINTED_LINK", "LEVEL_LADDER", "SAME_OCCUPATION", "SKILL_OVERLAP"].map(k => (
        <span class="item"><svg width="36" height="12" aria-hidden="true"><path d="M2,6 H34" class={"edge " + kindClass(k)} /></svg>
          {tr(lang, ("kind_" + k) as Key)}</span>
      ))}
    </div>
  );
}

function RoutePicture({ routes, state, update }: { routes: api.Route[]; state: State; update: Update }) {
  const pic = useMemo(() => layout(routes), [routes]);
  const [sr, ss] = (state.step ?? "-1.-1").split(".").map(Number);
  const selected = routes[sr]?.steps[ss];
  const selectedRoute = sr >= 0 ? sr : 0;
  const t = (k: Key) => tr(state.lang, k);
  return (
    <figure class="picture">
      <figcaption>{t("picture")}</figcaption>
      <div class="scroll" tabIndex={0} role="region" aria-label={t("picture")}>
        <svg width={pic.width} height={pic.height} viewBox={`0 0 ${pic.width} ${pic.height}`} role="group" aria-label={t("picture")}>
          <defs>
            {["printed-link", "level-ladder", "same-occupation", "skill-overlap"].map(k => (
              <marker id={"arrow-" + k} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" class={"head k-" + k} />
              </marker>
            ))}
          </defs>
          {pic.bands.map(b => (
            <g class="band" aria-hidden="true">
              <rect x={0} y={b.top} width={pic.width} height={b.height} class={b.level % 2 ? "odd" : "even"} />
              <text x={AXIS_W / 2} y={b.top + b.height / 2 + 4} text-anchor="middle">{b.level}</text>
            </g>
          ))}
          <text x={4} y={12} class="axis-title" aria-hidden="true">{t("level")}</text>
          {pic.edges.map(e => {
            const onRoute = e.refs.some(([r]) => r === selectedRoute);
            const isSel = selected && e.from === selected.from.id && e.to === selected.to.id;
            const [r, s] = e.refs.find(([r]) => r === selectedRoute) ?? e.refs[0];
            const step = routes[r].steps[s];
            const label = `${t("step")}: ${step.from.title} ${t("arrow")} ${step.to.title} (${t(("kind_" + e.kind) as Key)}${e.score !== null ? ` ${pct(e.score)}` : ""})`;
            return (
              <g class={`step ${kindClass(e.kind)}${onRoute ? " on-route" : ""}${isSel ? " selected" : ""}`}
                 tabindex="0" role="button" aria-label={label}
                 onClick={() => update({ step: `${r}.${s}` }, true)}
                 onKeyDown={ev => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); update({ step: `${r}.${s}` }, true); } }}>
                <path d={e.d} class="hit" />
                <path d={e.d} class={"edge " + kindClass(e.kind)} marker-end={`url(#arrow-${kindClass(e.kind).slice(2)})`} />
              </g>
            );
          })}
          {pic.edges.filter(e => e.score !== null).map(e => (
            <text x={e.labelX} y={e.labelY} class="score" text-anchor="middle" aria-hidden="true">{pct(e.score!)}</text>
          ))}
          {pic.nodes.map(n => (
            <g class="node" aria-hidden="true">
              <title>{n.title}</title>
              <rect x={n.x - NODE_W / 2} y={n.y - NODE_H / 2} width={NODE_W} height={NODE_H} rx={6} />
              {wrap(n.title).map((line, i, all) => (
                <text x={n.x} y={n.y + (i - (all.length - 1) / 2) * 15 + 4} text-anchor="middle">{line}</text>
              ))}
            </g>
          ))}
        </svg>
      </div>
    </figure>
  );
}

function Evidence({ items, lang }: { items: api.Evidence[]; lang: Lang }) {
  const t = (k: Key) => tr(lang, k);
  return (
    <ul class="evidence">
      {items.map(e => (
        <li>
          {e.standard && <div><span class="label">{t("standard")}:</span> {e.standard.code ? `${e.standard.code} — ` : ""}{e.standard.title}</div>}
          <div><span class="label">{t("document")}:</span> {e.document}, {t("line")} {e.line}{e.card && <> · {t("cardRef")} {e.card}</>}</div>
          <blockquote>«{e.quote}»{e.printedLevel != null && <> — {t("printedLevel")} {e.printedLevel}</>}{e.code && <>, {t("code")} {e.code}</>}</blockquote>
          {e.score != null && <div><span class="label">{t("score")}:</span> {pct(e.score)}</div>}
        </li>
      ))}
    </ul>
  );
}

const itemKinds = ["LABOR_FUNCTION", "SKILL", "ABILITY", "KNOWLEDGE"];

function GapList({ items, lang, title }: { items: api.GapItem[]; lang: Lang; title: string }) {
  return (
    <div class="gap">
      <h3>{title} ({items.length})</h3>
      {items.length === 0 && <p>{tr(lang, "nothingToLearn")}</p>}
      {itemKinds.map(k => {
        const of = items.filter(i => i.kind === k);
        return of.length ? <><h4>{tr(lang, ("kindItem_" + k) as Key)}</h4><ul>{of.map(i => <li>{i.text}</li>)}</ul></> : null;
      })}
    </div>
  );
}

function StepDetail({ step, state }: { step: api.Step; state: State }) {
  const t = (k: Key) => tr(state.lang, k);
  const gap = useQuery<{ skillGap: api.Gap }>(api.gapQuery, { from: step.from.id, to: step.to.id, lang: api.L(state.lang) });
  const ref = useRef<HTMLElement>(null);
  useEffect(() => { ref.current?.focus(); }, [step.from.id, step.to.id]);
  return (
    <section class="detail" aria-labelledby="detail-h" ref={ref} tabIndex={-1}>
      <h2 id="detail-h">{t("stepDetail")}: {step.from.title} {t("arrow")} {step.to.title}</h2>
      <p><span class={"badge " + kindClass(step.kind)}>{t(("kind_" + step.kind) as Key)}</span>{" "}
        {t("level")} {step.from.level} {t("arrow")} {step.to.level} · {t("confidence")} {pct(step.confidence)}</p>
      <h3>{t("why")}</h3>
      <Evidence items={step.evidenceItems} lang={state.lang} />
      {gap.loading && <p>{t("loading")}</p>}
      {gap.error && <p class="error" role="alert">{t("error")}</p>}
      {gap.data && <>
        <p>{t("coverage")}: {pct(gap.data.skillGap.coverage)}</p>
        <GapList items={gap.data.skillGap.missing} lang={state.lang} title={t("toLearn")} />
        {gap.data.skillGap.partial.length > 0 && <GapList items={gap.data.skillGap.partial} lang={state.lang} title={t("partly")} />}
      </>}
    </section>
  );
}

function RouteControls({ state, update }: { state: State; update: Update }) {
  const t = (k: Key) => tr(state.lang, k);
  return (
    <div class="controls no-print">
      <label class="check"><input type="checkbox" checked={state.inferred}
        onChange={e => update({ inferred: (e.target as HTMLInputElement).checked, step: null }, true)} /> {t("inferred")}</label>
      <fieldset>
        <legend>{t("optimize")}</legend>
        {(["STEPS", "LEARNING"] as const).map(o => (
          <label class="check"><input type="radio" name="optimize" value={o} checked={state.optimize === o}
            onChange={() => update({ optimize: o, step: null }, true)} /> {t(o === "STEPS" ? "fewestSteps" : "leastLearning")}</label>
        ))}
      </fieldset>
      <label>{t("howMany")}{" "}
        <select value={String(state.k)} onChange={e => update({ k: Number((e.target as HTMLSelectElement).value), step: null }, true)}>
          {[1, 2, 3, 4, 5].map(n => <option value={String(n)}>{n}</option>)}
        </select>
      </label>
    </div>
  );
}

const routeVars = (s: State) => ({ from: s.from, to: s.to, k: s.k, inferred: s.inferred, optimize: s.optimize, lang: api.L(s.lang) });

function RouteSummary({ r, i, lang }: { r: api.Route; i: number; lang: Lang }) {
  const t = (k: Key) => tr(lang, k);
  return <>{t("route")} {i + 1}: {r.length} {t("steps")}, {t("levelsGained")} {r.levelGain > 0 ? "+" : ""}{r.levelGain}, {r.newSkills} {t("newSkills")}</>;
}

function RoutesView({ state, update, go }: ViewProps) {
  const t = (k: Key) => tr(state.lang, k);
  const ready = !!state.from && !!state.to;
  const q = useQuery<{ careerPaths: api.Route[] }>(ready ? api.routesQuery : null, routeVars(state));
  const routes = q.data?.careerPaths ?? [];
  const [sr, ss] = (state.step ?? "-1.-1").split(".").map(Number);
  const selected = routes[sr]?.steps[ss];
  return (
    <section aria-labelledby="routes-h">
      <h1 id="routes-h">{t("routes")}</h1>
      <div class="choice">
        <Chosen id={state.from} role="from" state={state} update={update} />
        <Chosen id={state.to} role="to" state={state} update={update} />
      </div>
      {!ready ? <p>{t("needFromTo")} <a href={serialize({ ...state, view: "find" })} onClick={e => { e.preventDefault(); go("find"); }}>{t("find")}</a></p> : <>
        <RouteControls state={state} update={update} />
        {q.loading && <p role="status">{t("loading")}</p>}
        {q.error && <p class="error" role="alert">{t("error")}</p>}
        {!q.loading && !q.error && routes.length === 0 && <p role="status">{t("noRoutes")}</p>}
        {routes.length > 0 && <>
          <Legend lang={state.lang} />
          <RoutePicture routes={routes} state={state} update={update} />
          <ol class="routes">
            {routes.map((r, i) => (
              <li>
                <h2 class="route-h"><RouteSummary r={r} i={i} lang={state.lang} /></h2>
                <ol class="steps">
                  {r.steps.map((s, j) => (
                    <li><button type="button" class={"step-btn " + kindClass(s.kind)} aria-pressed={sr === i && ss === j}
                        onClick={() => update({ step: `${i}.${j}` }, true)}>
                      <span class={"badge " + kindClass(s.kind)}>{t(("kind_" + s.kind) as Key)}{s.kind === "SKILL_OVERLAP" ? ` ${pct(s.confidence)}` : ""}</span>{" "}
                      {s.from.title} ({s.from.level}) {t("arrow")} {s.to.title} ({s.to.level}) · {s.newSkills} {t("newSkills")}
                    </button></li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
          {selected && <StepDetail step={selected} state={state} />}
          <p class="no-print"><a href={serialize({ ...state, view: "print", route: Math.max(0, sr) })}
             onClick={e => { e.preventDefault(); go("print", { route: Math.max(0, sr) }); }}>{t("print")}</a> · <span class="hint">{t("shareHint")}</span></p>
        </>}
      </>}
    </section>
  );
}

const groups = ["PROMOTION_SAME_FIELD", "PROMOTION_OTHER_FIELD", "SIMILAR_JOB", "LATERAL_OTHER_FIELD"];

function MoveGroups({ moves, pick, state, go, heading }: { moves: api.Move[]; pick: (m: api.Move) => api.Brief; state: State; go: ViewProps["go"]; heading: string }) {
  const t = (k: Key) => tr(state.lang, k);
  return (
    <section class="moves" aria-label={heading}>
      <h2>{heading}</h2>
      {moves.length === 0 && <p>{t("none")}</p>}
      {groups.map(g => {
        const of = moves.filter(m => m.group === g);
        return of.length ? <div class="group"><h3>{t(("group_" + g) as Key)} ({of.length})</h3><ul>
          {of.map(m => { const p = pick(m); return (
            <li><a href={serialize({ ...state, view: "card", card: p.id })} onClick={e => { e.preventDefault(); go("card", { card: p.id }); }}>{p.title}</a>{" "}
              <Meta p={p} lang={state.lang} /> · <span class={"badge " + kindClass(m.kind)}>{t(("kind_" + m.kind) as Key)}</span> · {t("transferability")} {pct(m.transferability)}</li>); })}
        </ul></div> : null;
      })}
    </section>
  );
}

function ExploreView({ state, update, go }: ViewProps) {
  const t = (k: Key) => tr(state.lang, k);
  const id = state.from;
  const q = useQuery<{ profession: api.Brief; nextSteps: api.Move[]; feeders: api.Move[] }>(id ? api.exploreQuery : null, { id, lang: api.L(state.lang) });
  return (
    <section aria-labelledby="explore-h">
      <h1 id="explore-h">{t("explore")}{q.data ? `: ${q.data.profession.title}` : ""}</h1>
      <Chosen id={state.from} role="from" state={state} update={update} />
      {!id && <p>{t("needFrom")}</p>}
      {q.loading && <p role="status">{t("loading")}</p>}
      {q.error && <p class="error" role="alert">{t("error")}</p>}
      {q.data && <div class="two">
        <MoveGroups moves={q.data.nextSteps} pick={m => m.to} state={state} go={go} heading={t("nextSteps")} />
        <MoveGroups moves={q.data.feeders} pick={m => m.from} state={state} go={go} heading={t("feeders")} />
      </div>}
    </section>
  );
}

function CardSideView({ side, lang, ui }: { side: api.CardSide; lang: Lang; ui: Lang }) {
  const t = (k: Key) => tr(ui, k);
  return (
    <div class="side" lang={lang}>
      {side.purpose && <><h4 lang={ui}>{t("purpose")}</h4><p>{side.purpose}</p></>}
      {side.education && <><h4 lang={ui}>{t("education")}</h4><p>{side.education}</p></>}
      {side.experience && <><h4 lang={ui}>{t("experience")}</h4><p>{side.experience}</p></>}
      <h4 lang={ui}>{t("laborFunctions")}</h4>
      <ol class="lf">
        {side.laborFunctions.map(f => (
          <li><strong>{f.title}</strong> <span class="meta" lang={ui}>({t(f.kind === "MANDATORY" ? "mandatory" : "additional")})</span>
            <ul>{f.skills.map(s => (
              <li>{s.title}
                {s.abilities.length > 0 && <><div class="label" lang={ui}>{t("abilities")}</div><ul>{s.abilities.map(a => <li>{a}</li>)}</ul></>}
                {s.knowledge.length > 0 && <><div class="label" lang={ui}>{t("knowledge")}</div><ul>{s.knowledge.map(a => <li>{a}</li>)}</ul></>}
              </li>))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Checklist({ state, update }: { state: State; update: Update }) {
  const t = (k: Key) => tr(state.lang, k);
  const q = useQuery<{ skillGap: api.Gap }>(state.from && state.to ? api.gapQuery : null, { from: state.from, to: state.to, lang: api.L(state.lang) });
  if (!state.from || !state.to) return <p>{t("needTarget")}</p>;
  if (q.loading) return <p>{t("loading")}</p>;
  if (q.error || !q.data) return <p class="error" role="alert">{t("error")}</p>;
  const items = [...q.data.skillGap.missing, ...q.data.skillGap.partial];
  const has = new Set(state.has);
  const left = items.filter(i => !has.has(itemKey(i.kind, i.text)));
  const toggle = (key: string, on: boolean) => update({ has: on ? [...state.has, key] : state.has.filter(h => h !== key) });
  return (
    <section class="checklist" aria-labelledby="check-h">
      <h2 id="check-h">{t("checklist")}</h2>
      <p class="hint">{t("checklistHint")}</p>
      <p class="gap-left" role="status" aria-live="polite">{t("gapLeft")}: <strong data-testid="gap-left">{left.length}</strong> {t("of")} {items.length}
        {" "}({itemKinds.map(k => `${t(("kindItem_" + k) as Key)} ${left.filter(i => i.kind === k).length}`).join(", ")})</p>
      {itemKinds.map(k => {
        const of = items.filter(i => i.kind === k);
        return of.length ? <fieldset><legend>{t(("kindItem_" + k) as Key)}</legend>
          {of.map(i => { const key = itemKey(i.kind, i.text); return (
            <label class="check"><input type="checkbox" checked={has.has(key)} onChange={e => toggle(key, (e.target as HTMLInputElement).checked)} /> {i.text}</label>); })}
        </fieldset> : null;
      })}
    </section>
  );
}

function CardView({ state, update, go }: ViewProps) {
  const t = (k: Key) => tr(state.lang, k);
  const id = state.card ?? state.to ?? state.from;
  const q = useQuery<{ profession: api.CardData | null; kk: api.CardSide; ru: api.CardSide }>(id ? api.cardQuery : null, { id });
  const p = q.data?.profession;
  const title = p ? (state.lang === "kk" ? p.titleKk ?? p.titleRu : p.titleRu ?? p.titleKk) : "";
  return (
    <section aria-labelledby="card-h">
      <h1 id="card-h">{t("card")}{title ? `: ${title}` : ""}</h1>
      {!id && <p>{t("needFrom")}</p>}
      {q.loading && <p role="status">{t("loading")}</p>}
      {q.error && <p class="error" role="alert">{t("error")}</p>}
      {p && q.data && <>
        <p class="actions no-print">
          <button type="button" onClick={() => update({ from: p.id, has: [] }, true)}>{t("setFrom")}</button>
          <button type="button" onClick={() => update({ to: p.id, has: [] }, true)}>{t("setTo")}</button>
          <button type="button" class="secondary" onClick={() => go("explore", { from: p.id })}>{t("showExplore")}</button>
        </p>
        <dl class="facts">
          <dt>{t("level")}</dt><dd>{p.level}</dd>
          {p.occupationCode && <><dt>{t("occupationCode")}</dt><dd>{p.occupationCode}</dd></>}
          {p.standard && <><dt>{t("standard")}</dt><dd>{p.standard.code ? `${p.standard.code} — ` : ""}{state.lang === "kk" ? p.standard.titleKk ?? p.standard.titleRu : p.standard.titleRu ?? p.standard.titleKk}</dd></>}
          {p.standard?.version && <><dt>{t("edition")}</dt><dd>{p.standard.version}{p.standard.approval ? `, ${p.standard.approval}` : ""}</dd></>}
          {p.otherNames.length > 0 && <><dt>{t("otherNames")}</dt><dd>{p.otherNames.join("; ")}</dd></>}
        </dl>
        {(state.to === p.id || state.from === p.id) && <Checklist state={state} update={update} />}
        <div class="two cards">
          <div><h2 lang={state.lang}>{t("kazakh")}</h2><h3 lang="kk">{p.titleKk}</h3><CardSideView side={q.data.kk} lang="kk" ui={state.lang} /></div>
          <div><h2 lang={state.lang}>{t("russian")}</h2><h3 lang="ru">{p.titleRu}</h3><CardSideView side={q.data.ru} lang="ru" ui={state.lang} /></div>
        </div>
      </>}
    </section>
  );
}

/** Each item to learn once, at the first step that asks for it: the plan is a list to work through. */
function planItems(steps: api.PrintStep[]) {
  const seen = new Set<string>();
  return steps.map(s => ({
    s,
    items: s.gap.missing.filter(i => { const k = itemKey(i.kind, i.text); if (seen.has(k)) return false; seen.add(k); return true; }),
  }));
}

function PrintView({ state, update }: ViewProps) {
  const t = (k: Key) => tr(state.lang, k);
  const ready = !!state.from && !!state.to;
  const q = useQuery<{ careerPaths: (api.Route & { steps: api.PrintStep[] })[] }>(ready ? api.printQuery : null,
    { ...routeVars(state), k: Math.min(5, Math.max(state.k, state.route + 1)) });
  const routes = q.data?.careerPaths ?? [];
  const r = routes[Math.min(state.route, Math.max(0, routes.length - 1))];
  return (
    <section aria-labelledby="print-h" class="print">
      <h1 id="print-h">{t("printTitle")}</h1>
      {!ready && <p>{t("needFromTo")}</p>}
      {q.loading && <p role="status">{t("loading")}</p>}
      {q.error && <p class="error" role="alert">{t("error")}</p>}
      {routes.length > 1 && <p class="no-print"><label>{t("printRoute")}{" "}
        <select value={String(state.route)} onChange={e => update({ route: Number((e.target as HTMLSelectElement).value) }, true)}>
          {routes.map((x, i) => <option value={String(i)}>{t("route")} {i + 1} ({x.length} {t("steps")})</option>)}
        </select></label></p>}
      {r && <>
        <p class="no-print"><button type="button" onClick={() => print()}>{t("printNow")}</button></p>
        <p><strong>{r.steps[0].from.title}</strong> ({t("level")} {r.steps[0].from.level}) {t("arrow")} <strong>{r.steps[r.steps.length - 1].to.title}</strong> ({t("level")} {r.steps[r.steps.length - 1].to.level})</p>
        <p>{t("total")}: <RouteSummary r={r} i={Math.min(state.route, routes.length - 1)} lang={state.lang} /></p>
        <RoutePicture routes={[r]} state={{ ...state, step: null }} update={() => {}} />
        <ol class="plan">
          {planItems(r.steps).map(({ s, items }) => (
            <li>
              <h2>{s.from.title} ({s.from.level}) {t("arrow")} {s.to.title} ({s.to.level})</h2>
              <p class="meta">{t(("kind_" + s.kind) as Key)}{s.kind === "SKILL_OVERLAP" ? ` ${pct(s.confidence)}` : ""}
                {s.evidenceItems[0] && <> · {s.evidenceItems[0].document}, {t("line")} {s.evidenceItems[0].line}: «{s.evidenceItems[0].quote}»</>}</p>
              <GapList items={items} lang={state.lang} title={t("toLearn")} />
            </li>
          ))}
        </ol>
      </>}
    </section>
  );
}

render(<App />, document.getElementById("app")!);
