package org.openras.assessment;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The descriptor or descriptors chosen for one question.
 *
 * <p>{@link #one} is the answer to a ONE question; {@link #any} the answer to an ANY question
 * ("choose all that apply"), possibly empty when none applies. Whether the answer was given as a
 * list is kept, because a list given for a ONE question is an error the person must be told about
 * (spec §4), not something to guess around.
 *
 * @param descriptors the chosen descriptor codes, in the order given
 * @param multiple whether the answer was given as a list
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Answer(List<String> descriptors, boolean multiple) {

  /**
   * Creates an answer, keeping a copy of the chosen descriptors.
   *
   * @param descriptors the chosen descriptor codes, in the order given
   * @param multiple whether the answer was given as a list
   */
  public Answer {
    descriptors = List.copyOf(descriptors);
  }

  /**
   * {@return the answer to a {@code ONE} question: one chosen descriptor}
   *
   * @param descriptor the chosen descriptor's code, such as {@code 1C}
   */
  public static Answer one(String descriptor) {
    return new Answer(List.of(descriptor), false);
  }

  /**
   * {@return the answer to an {@code ANY} question: the descriptors chosen}
   *
   * @param descriptors the chosen descriptors' codes, each once
   */
  public static Answer any(String... descriptors) {
    return new Answer(List.of(descriptors), true);
  }

  /**
   * {@return the answer to an {@code ANY} question: the descriptors chosen}
   *
   * @param descriptors the chosen descriptors' codes, each once
   */
  public static Answer any(List<String> descriptors) {
    return new Answer(descriptors, true);
  }
}
