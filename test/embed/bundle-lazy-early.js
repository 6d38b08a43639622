// Sets a property on <samson-scorecard> before its code has loaded (see bundle-lazy.html).
document.getElementById('scorecard').response = {
  format: 'samson-response@1',
  instrument: { id: 'samson', version: '1.1.0' },
  label: 'Satt før elementet lastet',
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  weights: {},
  answers: { 'likeverdighet-1': { rating: 5 } },
};
