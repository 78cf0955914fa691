import type { ArticleAgreement, PairAgreement, SpanFigures } from "@/lib/agreement";
import { readingInWords } from "@/lib/agreement/reading";
import styles from "./assignments.module.css";

const share = (x: number | null) => (x === null ? "—" : `${Math.round(x * 100)} %`);
const coefficient = (x: number | null) => (x === null ? "—" : x.toFixed(2));

/** A figure with the count it rests on, and for κ and α the Landis & Koch reading in words. */
function Coefficient({ value, n, unit }: { value: number | null; n: number; unit: string }) {
  return (
    <>
      {coefficient(value)} <span className={styles.count}>(n = {n} {unit})</span>
      <div className={styles.reading}>{readingInWords(value)}</div>
    </>
  );
}

function SpanRows({ label, figures }: { label: string; figures: SpanFigures }) {
  return (
    <>
      {(["exact", "lenient"] as const).map((mode) => (
        <tr key={mode}>
          <th scope="row">
            {label}, {mode === "exact" ? "exact spans" : "overlapping spans (Jaccard ≥ 0.5)"}
          </th>
          <td className={styles.number}>{share(figures[mode].precision)}</td>
          <td className={styles.number}>{share(figures[mode].recall)}</td>
          <td className={styles.number}>{share(figures[mode].f1)}</td>
          <td className={styles.count}>
            {figures[mode].matched} matched of {figures[mode].a} and {figures[mode].b}
          </td>
        </tr>
      ))}
    </>
  );
}

function Pair({ pair, names }: { pair: PairAgreement; names: Map<string, string> }) {
  const a = names.get(pair.a) ?? pair.a;
  const b = names.get(pair.b) ?? pair.b;
  return (
    <section aria-label={`${a} and ${b}`}>
      <h2>
        {a} and {b}
      </h2>
      <table className={styles.figures}>
        <caption className="visually-hidden">Spans: {a}'s claims against {b}'s</caption>
        <thead>
          <tr>
            <th scope="col">Spans ({a} against {b})</th>
            <th scope="col">Precision</th>
            <th scope="col">Recall</th>
            <th scope="col">F1</th>
            <th scope="col">Counts</th>
          </tr>
        </thead>
        <tbody>
          <SpanRows label="Attributed claims" figures={pair.attributed} />
          <SpanRows label="Reporter statements" figures={pair.reporter} />
        </tbody>
      </table>
      <table className={styles.figures}>
        <caption className="visually-hidden">On the {pair.matched} claims both tagged</caption>
        <thead>
          <tr>
            <th scope="col">On the {pair.matched} claims both tagged</th>
            <th scope="col">Same answer</th>
            <th scope="col">Cohen's κ</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Kind</th>
            <td className={styles.number}>{share(pair.kind.agreement)}</td>
            <td className={styles.number}>
              <Coefficient value={pair.kind.kappa} n={pair.kind.n} unit="claims" />
            </td>
          </tr>
          <tr>
            <th scope="row">Confidence (weighted: low &lt; moderate &lt; high)</th>
            <td className={styles.number}>{share(pair.confidence.agreement)}</td>
            <td className={styles.number}>
              <Coefficient value={pair.confidence.kappa} n={pair.confidence.n} unit="claims" />
            </td>
          </tr>
          <tr>
            <th scope="row">Speaker (attributed claims)</th>
            <td className={styles.number}>
              {share(pair.speaker.agreement)} <span className={styles.count}>(n = {pair.speaker.n})</span>
            </td>
            <td>—</td>
          </tr>
          <tr>
            <th scope="row">Cue (attributed claims)</th>
            <td className={styles.number}>
              {share(pair.cue.agreement)} <span className={styles.count}>(n = {pair.cue.n})</span>
            </td>
            <td>—</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}

/** The figures of an agreement: α over everyone, then each pair of analysts. */
export function AgreementFigures({ agreement }: { agreement: ArticleAgreement }) {
  const names = new Map(agreement.analysts.map((a) => [a.id, a.name]));
  const { alpha, n } = agreement.overall;
  return (
    <>
      <div className={styles.summary}>
        <div className={styles.card}>
          <h3>Analysts</h3>
          <div>{agreement.analysts.map((a) => a.name).join(", ")}</div>
        </div>
        <div className={styles.card}>
          <h3>Krippendorff's α, kind</h3>
          <div className={styles.value}>{coefficient(alpha.kind)}</div>
          <div className={styles.reading}>
            {readingInWords(alpha.kind)} · n = {n} claims
          </div>
        </div>
        <div className={styles.card}>
          <h3>Krippendorff's α, confidence (ordinal)</h3>
          <div className={styles.value}>{coefficient(alpha.confidence)}</div>
          <div className={styles.reading}>
            {readingInWords(alpha.confidence)} · n = {n} claims
          </div>
        </div>
      </div>
      {agreement.pairs.map((pair) => (
        <Pair key={`${pair.a} ${pair.b}`} pair={pair} names={names} />
      ))}
      <p className="muted">
        Readings after Landis &amp; Koch (1977): below 0 poor, up to 0.20 slight, 0.40 fair, 0.60 moderate, 0.80 substantial,
        above almost perfect. Claims match one to one, exactly or when they share at least half their characters.
      </p>
    </>
  );
}
