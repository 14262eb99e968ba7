package org.mentorlog;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MentorLogApplication {

    public static void main(String[] args) {
        SpringApplication.run(MentorLogApplication.class, args);
    }
}
