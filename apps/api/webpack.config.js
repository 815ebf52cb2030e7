const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

module.exports = {
  output: {
    path: join(__dirname, '../../dist/apps/api'),
    clean: true,
    ...(process.env.NODE_ENV !== 'production' && {
      devtoolModuleFilenameTemplate: '[absolute-resource-path]',
    }),
  },
  plugins: [
    new NxAppWebpackPlugin({
      target: 'node',
      compiler: 'tsc',
      main: './src/main.ts',
      tsConfig: './tsconfig.app.json',

      optimization: false,
      outputHashing: 'none',
      generatePackageJson: true,
      sourceMap: true,
      // Read at start by the curated seed (libs/api-evidence structural-series.ts looks in ./curated).
      // The validation report (npm run validate) is served by GET /api/methodology (libs/api-index methodology.controller.ts looks in ./validation).
      assets: [
        { input: 'libs/api-evidence/src/lib/curated/structural', glob: 'kz-structural.csv', output: 'curated' },
        { input: 'tools/validation', glob: 'report.json', output: 'validation' },
      ],
    }),
  ],
};
