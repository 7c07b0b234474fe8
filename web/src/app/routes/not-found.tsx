import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <section className="empty-state">
      <title>Not found · Repwise</title>
      <h1>Page not found</h1>
      <p>There is nothing at this address.</p>
      <Link to="/">Go to Today</Link>
    </section>
  );
}
