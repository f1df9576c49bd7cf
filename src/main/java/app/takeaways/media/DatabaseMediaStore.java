package app.takeaways.media;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Variants kept in the {@code media_blob} table (BLOB on H2, bytea on PostgreSQL), inside
 * the caller's transaction.
 */
class DatabaseMediaStore implements MediaStore {

	private final JdbcClient jdbc;

	DatabaseMediaStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void put(String address, byte[] data) {
		this.jdbc.sql("delete from media_blob where address = ?").param(address).update();
		this.jdbc.sql("insert into media_blob (address, data) values (?, ?)").param(address).param(data).update();
	}

	@Override
	public Optional<byte[]> get(String address) {
		return this.jdbc.sql("select data from media_blob where address = ?")
			.param(address)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	@Override
	public void delete(String address) {
		this.jdbc.sql("delete from media_blob where address = ?").param(address).update();
	}

}
