package app.takeaways.post;

import app.takeaways.support.RequiresPostgres;

/**
 * The reader's journey in Chromium on PostgreSQL: every test of {@link ReaderJourneyIT},
 * against a real server.
 */
@RequiresPostgres
class ReaderJourneyPostgresIT extends ReaderJourneyIT {

}
