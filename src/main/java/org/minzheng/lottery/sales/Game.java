package org.minzheng.lottery.sales;

import java.util.Optional;

/** The games the sales system reports, by their codes in the national system. GGL is the instant ticket. */
public enum Game {
    SSQ,
    FC3D,
    QLC,
    KL8,
    GGL,
    ZFZX;

    public String messageKey() {
        return "lottery.game." + name();
    }

    /** The key of the game's name as the sales system writes it in its files (the same in every UI language). */
    String fileNameKey() {
        return "lottery.sales.file.game." + name();
    }

    static Optional<Game> ofCode(String code) {
        for (Game game : values()) {
            if (game.name().equalsIgnoreCase(code)) {
                return Optional.of(game);
            }
        }
        return Optional.empty();
    }
}
