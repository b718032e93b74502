const pluralize = require('pluralize');
exports.probe = () => {
  pluralize.addIrregularRule('octopus', 'octopodes');
  return {
    plural: ['test', 'person', 'sheep', 'mouse', 'category', 'Box', 'octopus'].map((w) => pluralize(w)),
    counted: [pluralize('test', 1, true), pluralize('test', 5, true)],
    singular: [pluralize.singular('people'), pluralize.singular('indices'), pluralize.singular('Wolves')],
    checks: [pluralize.isPlural('dogs'), pluralize.isSingular('dogs')],
  };
};
