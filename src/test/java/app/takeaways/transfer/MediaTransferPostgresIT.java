package app.takeaways.transfer;

import java.util.List;

import app.takeaways.support.PostgresSchema;
import app.takeaways.support.RequiresPostgres;

/**
 * Pictures moving with the site on PostgreSQL: every test of {@link MediaTransferTests},
 * exported from and restored into real servers' schemas, the bytes kept as bytea.
 */
@RequiresPostgres
class MediaTransferPostgresIT extends MediaTransferTests {

	@Override
	EmptySite emptySite() throws Exception {
		PostgresSchema schema = PostgresSchema.create();
		return new EmptySite(List.of("--spring.datasource.url=" + schema.url(),
				"--spring.datasource.username=" + PostgresSchema.user(),
				"--spring.datasource.password=" + PostgresSchema.password()), schema);
	}

}
