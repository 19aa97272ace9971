export function App() {
  return <h1>Tollgate</h1>;
}
