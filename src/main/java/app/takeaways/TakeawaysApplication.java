package app.takeaways;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class TakeawaysApplication {

	public static void main(String[] args) {
		SpringApplication.run(TakeawaysApplication.class, args);
	}

}
