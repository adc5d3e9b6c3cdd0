"""msc: Most Significant Change evaluation."""
