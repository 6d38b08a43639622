// A React 19 app as a municipality's developers would write it: React sets properties on the
// custom elements, listens to their events, and re-renders around them.
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'samskaping-elements/define';
import { createResponse, samsonNb, withAnswer } from 'samskaping-elements';
import { SamsonProfile } from 'samskaping-elements/react';

const first = samsonNb.fields[0].statements;

function App() {
  const [changes, setChanges] = useState(0);
  const [answered, setAnswered] = useState(null);
  const [renders, setRenders] = useState(0);
  const [latest, setLatest] = useState(null);
  const start = useMemo(
    () =>
      withAnswer(withAnswer(createResponse(samsonNb, 'Fra React'), first[0].id, { rating: 4 }), first[1].id, {
        rating: 2,
        idea: 'Fra appen',
      }),
    [],
  );
  return (
    <main>
      <samson-scorecard
        id="scorecard"
        label="Fra React"
        autosave={false}
        response={start}
        onsamson-change={(event) => {
          setChanges((n) => n + 1);
          setAnswered(event.detail.scores.completeness.answered);
          setLatest(event.detail.response);
        }}
      />
      <SamsonProfile id="profile" responses={latest ? [latest] : [start]} />
      <p>
        Endringer: <output id="changes">{changes}</output>, besvart: <output id="answered">{answered ?? '–'}</output>
      </p>
      <button id="rerender" onClick={() => setRenders((n) => n + 1)}>
        Tegn på nytt ({renders})
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
