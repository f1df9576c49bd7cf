package app.takeaways;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@Modulithic(sharedModules = "common")
@ConfigurationPropertiesScan
public class TakeawaysApplication {

	/** First arguments that run a backup command instead of serving. */
	static final Set<String> COMMANDS = Set.of("export", "import");

	public static void main(String[] args) {
		if (args.length > 0 && COMMANDS.contains(args[0])) {
			// A backup command: the same application, listening on no port and loading no
			// demo posts, that exits when the command is done.
			String[] command = Stream
				.concat(Arrays.stream(args), Stream.of("--server.port=-1", "--takeaways.demo.enabled=false"))
				.toArray(String[]::new);
			System.exit(SpringApplication.exit(SpringApplication.run(TakeawaysApplication.class, command)));
		}
		SpringApplication.run(TakeawaysApplication.class, args);
	}

}
