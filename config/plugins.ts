export default ({ env }) => ({
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  crm: { enabled: true, resolve: './src/plugins/crm' },
});
