import { ConfigError, loadConfig } from './config.ts';
import { startKuule } from './server.ts';

/** `npm start`: Kuule with its database, jobs and (in demo mode) demo data. */
try {
  const config = loadConfig();
  const kuule = await startKuule(config);
  const address = config.publicUrl.toString();
  console.log(
    `\nKuule is running at ${address} (database: ${kuule.db.kind}${config.demo ? ', demo mode' : ''})`,
  );
  for (const signIn of kuule.demoSignIns) {
    console.log(
      `  ${signIn.organisation}: staff sign-in ${signIn.url}  email ${signIn.email}  password ${signIn.password}`,
    );
  }
  if (config.demo && !config.smtpUrl) console.log(`  Outgoing mail: ${new URL('/dev/mailbox', address)}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await kuule.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
