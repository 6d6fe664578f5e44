"""Images: reading the captions and metadata images carry, and writing records into them (`captions
apply`), through the `exiftool` program; this package never writes image bytes itself."""
