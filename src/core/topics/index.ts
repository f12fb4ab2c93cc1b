/** The topic taxonomy, plan coverage of topics, and the beredskapsplikt checks (§ 4, § 6, § 7). */
export * from './taxonomy.js';
export * from './coverage.js';
export * from './legal.js';
export * from './place.js';
export * from './sector.js';
