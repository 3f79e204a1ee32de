-- The backend creates rapport_control and one t_<slug> schema per tenant, so its account needs rights on all of them.
GRANT ALL PRIVILEGES ON *.* TO 'rapport'@'%';
FLUSH PRIVILEGES;
