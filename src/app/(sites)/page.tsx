/** The platform's own front page; public sites render under /s/<identifier> (sites feature). */
export default function Home() {
  return (
    <main style={{ maxWidth: 640, margin: '4rem auto', padding: '0 1rem' }}>
      <h1>Strona dla Twojej praktyki</h1>
      <p lang="pl">Zbuduj stronę, przyjmuj rezerwacje i zapisy do newslettera w jednym miejscu.</p>
      <p lang="en">Build your site, take bookings and newsletter sign-ups in one place.</p>
      <p>
        <a href="/admin">Zaloguj się / Sign in</a>
      </p>
    </main>
  )
}
