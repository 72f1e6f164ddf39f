import tseslint from 'typescript-eslint';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'src/graphql/generated/**',
      'neo4j/target/**',
      'bench/node_modules/**',
      'coverage/**',
      '**/*.js',
      '**/*.mjs',
      'web/dist/**',
    ],
  },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })] },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      // Layers import one way: domain <- graph <- loaders <- graphql <- server <- main.
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: [
                './src/graph',
                './src/loaders',
                './src/graphql',
                './src/server',
                './src/seed',
                './src/extract',
                './src/keys',
                './src/propose',
                './src/main.ts',
              ],
            },
            // Extraction is pure language work over the domain: no database, no API, no configuration.
            {
              target: './src/extract',
              from: [
                './src/graph',
                './src/loaders',
                './src/graphql',
                './src/server',
                './src/seed',
                './src/config',
                './src/local-neo4j',
                './src/keys',
                './src/propose',
                './src/main.ts',
              ],
            },
            {
              target: './src/graph',
              from: [
                './src/loaders',
                './src/graphql',
                './src/server',
                './src/seed',
                './src/keys',
                './src/propose',
                './src/main.ts',
              ],
            },
            {
              target: './src/loaders',
              from: ['./src/graphql', './src/server', './src/seed', './src/keys', './src/propose', './src/main.ts'],
            },
            {
              target: './src/graphql',
              from: ['./src/server', './src/seed', './src/keys', './src/propose', './src/main.ts'],
            },
            { target: './src/server', from: ['./src/seed', './src/keys', './src/propose', './src/main.ts'] },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // The docs' rule "src/graph is the only importer of neo4j-driver": everything above it talks to the
    // GraphClient, so statement counting, error translation and deadlines cannot be bypassed. test/ and
    // bench/ are exempt: tests start, seed, break and inspect the database itself (test/support, outage
    // tests), and the benchmark's raw target is raw Cypher over the driver, the baseline the API is measured by.
    files: ['src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/graph/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'neo4j-driver',
              message: 'Only src/graph/ talks to Neo4j: use GraphClient, and a type exported by src/graph.',
            },
          ],
        },
      ],
    },
  },
  {
    // One way of passing integers: builders put plain numbers in params, and GraphClient sends every whole
    // number as a Cypher integer (src/graph/cypher/params.ts). A neo4j.int() or a toInteger() elsewhere
    // is a second way, and a snapshot of the params would no longer show what Neo4j receives.
    files: ['src/**/*.ts'],
    ignores: ['src/graph/cypher/params.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='neo4j'][callee.property.name='int']",
          message:
            'Pass a plain number: GraphClient sends whole numbers as Cypher integers (src/graph/cypher/params.ts).',
        },
        {
          selector: "ImportDeclaration[source.value='neo4j-driver'] ImportSpecifier[imported.name=/^(int|Integer)$/]",
          message:
            'Pass a plain number: GraphClient sends whole numbers as Cypher integers (src/graph/cypher/params.ts).',
        },
        {
          selector: 'TemplateElement[value.raw=/toInteger\\(/i], Literal[value=/toInteger\\(/i]',
          message: 'Pass a plain number as a parameter: GraphClient already sends it as a Cypher integer.',
        },
      ],
    },
  },
  {
    // web/ runs in the browser: its DOM types come from web/tsconfig.json (lib "DOM"); Node's modules are not there.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'web/ is bundled for the browser.' }] },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
