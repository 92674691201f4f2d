package com.splitbench.sample;

import java.nio.file.Path;

/**
 * One file the generator wrote.
 *
 * @param name          file name inside the output folder
 * @param path          where it is
 * @param rows          data rows, not counting the header
 * @param contentSha256 SHA-256 (hex) of the uncompressed bytes, BOM included: stable even where gzip output is not
 */
public record WrittenFile(String name, Path path, long rows, String contentSha256) {
}
