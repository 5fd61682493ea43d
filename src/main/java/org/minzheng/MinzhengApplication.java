package org.minzheng;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class MinzhengApplication {

    public static void main(String[] args) {
        SpringApplication.run(MinzhengApplication.class, args);
    }
}
