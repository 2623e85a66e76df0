package io.provisio.scim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class StorableTextTest {

    @Test
    void ordinaryTextAndPairedSurrogatesAreStorable() {
        assertEquals(Optional.empty(), StorableText.problem(""));
        assertEquals(Optional.empty(), StorableText.problem("Zoë \t\n \uD83D\uDE00 \u200B"));
    }

    @Test
    void nulAndLoneSurrogatesAreNot() {
        assertEquals(Optional.of("the character U+0000"), StorableText.problem("a\u0000"));
        assertEquals(Optional.of("an unpaired surrogate (U+D83D)"), StorableText.problem("a\uD83D"));
        assertEquals(Optional.of("an unpaired surrogate (U+DE00)"), StorableText.problem("\uDE00\uD83D"));
        assertEquals(Optional.of("an unpaired surrogate (U+D83D)"), StorableText.problem("\uD83Dx"));
    }
}
