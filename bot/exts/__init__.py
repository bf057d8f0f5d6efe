"""The Discord bot's cogs, one concern each; each module ends in `setup(bot)`."""
