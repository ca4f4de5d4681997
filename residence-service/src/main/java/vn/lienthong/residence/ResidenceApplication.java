package vn.lienthong.residence;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ResidenceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ResidenceApplication.class, args);
    }
}
