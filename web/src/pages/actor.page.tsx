export default function Page(_props: { kind?: 'claim' | 'actor' }) {
  return <h1>actor</h1>;
}
