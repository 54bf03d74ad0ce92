"""The Speakers tab: the list of speakers and the profile of the one selected."""
