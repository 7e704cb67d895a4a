/** Scheduled jobs; each one adapts Strapi to a function of src/domain and stays idempotent. */
export default {};
