package dev.productops.standin.dataset;

import dev.productops.standin.store.HostData;

/**
 * The outcome of loading a dataset.
 *
 * @param droppedLinks distinct links left out because their other end is not in the dataset
 */
public record DatasetLoad(HostData data, int droppedLinks) {
}
