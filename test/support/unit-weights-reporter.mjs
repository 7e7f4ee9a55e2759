// A node:test reporter for `unit-suite.ts --weigh`: the summed durations of each file's top-level tests, as JSON.
export default async function* weights(source) {
  const spent = {};
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.file) {
      spent[event.data.file] = (spent[event.data.file] ?? 0) + event.data.details.duration_ms;
    }
  }
  yield JSON.stringify(spent);
}
