package vn.lienthong.civilregistry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class CivilRegistryApplication {

    public static void main(String[] args) {
        SpringApplication.run(CivilRegistryApplication.class, args);
    }
}
