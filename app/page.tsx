export default function LibraryPage() {
  return <h1>Articles</h1>;
}
