export default {
  config: { locales: ['uk', 'ru'] },
  bootstrap() {},
};
