// A React app that uses only the chart, through its own wrapper module: the bundle must not
// carry the other four elements.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { SoimpactChart } from 'samskaping-elements/react/soimpact-chart';
import jobCourse from 'samskaping-elements/demo-data/job-course.nb.json';

function App() {
  const [shown, setShown] = useState('–');
  return (
    <main>
      {/* The chart announces a plan as it is set: @lit/react sets props in the order written,
          so the listener comes first. */}
      <SoimpactChart onSoimpactData={(event) => setShown(event.detail.title)} label="Deltakere i jobb (React)" plan={jobCourse} />
      <p>
        Diagrammet viser: <output id="shown">{shown}</output>
      </p>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
